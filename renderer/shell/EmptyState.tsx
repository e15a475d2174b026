// A calm placeholder for a section with nothing to show yet.
export function EmptyState({ message }: { message: string }) {
  return <p className="empty-state">{message}</p>;
}
