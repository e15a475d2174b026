// How many client updates this process has received, across all its relays. The heap sizing reads it to tell a
// relay under steady editing from one that is opening rooms (operations/heap-sizing.ts). Kept free of imports: the
// relay's executable loads it before anything else, and the metrics count into it.
let received = 0;

export function countUpdateReceived(): void {
  received += 1;
}

export function updatesReceived(): number {
  return received;
}
