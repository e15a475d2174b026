// A workshop participant's own screen, reached from a session link or by typing the short code: a name, then
// that one session and nothing else of the space. Needs no profile and no space membership.
export function SessionGuestScreen({ query }: { query: string }) {
  return <div data-session-join={query} />;
}
