/**
 * The longest body the server takes. docs/api.md says 4000 characters, but the server
 * also counts UTF-8 bytes against 4000 (a Chinese character is 3), so the UI checks bytes.
 */
export const MAX_BODY_BYTES = 4000;

const encoder = new TextEncoder();

export function bodyTooLong(body: string): boolean {
  return encoder.encode(body).length > MAX_BODY_BYTES;
}
