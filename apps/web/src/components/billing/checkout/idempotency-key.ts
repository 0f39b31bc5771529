/**
 * One Idempotency-Key per purchase attempt. The key is tied to what is being submitted (the
 * signature): a retry of the same submit (after a timeout, a network error, a double click)
 * reuses it, so the server returns the first result instead of charging twice; changing the cart
 * or the provider is a new attempt with a new key. Once the server answered, the attempt is over.
 */
export interface KeySlot {
  signature: string;
  key: string;
}

export function keyFor(slot: KeySlot | null, signature: string, make: () => string): KeySlot {
  return slot !== null && slot.signature === signature ? slot : { signature, key: make() };
}
