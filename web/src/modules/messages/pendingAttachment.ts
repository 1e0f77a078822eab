/** An attachment picked or recorded for the message being written. */
export type PendingAttachment = {
  key: string;
  kind: 'file' | 'voice';
  file_name: string;
  content_type: string;
  blob: Blob;
  /** Voice notes. */
  duration_ms?: number;
  /** An object URL for the preview (images, voice notes); revoked when the attachment goes. */
  previewUrl?: string;
  /** Why the server refused it (422 `attachments[i].…`). */
  error?: string;
};

let counter = 0;
export const newAttachmentKey = () => `a${(counter += 1)}`;

export function releasePreview(attachment: PendingAttachment): void {
  if (attachment.previewUrl) URL.revokeObjectURL(attachment.previewUrl);
}
