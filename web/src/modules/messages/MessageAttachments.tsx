import { isImageType } from './attachmentRules';
import { FileAttachment } from './FileAttachment';
import { ImageAttachments } from './ImageAttachments';
import type { MessageAttachment } from './types';
import { VoiceAttachment } from './VoiceAttachment';

/** A message's attachments: voice notes as players, images as thumbnails, other files as links. */
export function MessageAttachments({ attachments }: { attachments: MessageAttachment[] }) {
  if (attachments.length === 0) return null;
  const voice = attachments.filter((a) => a.kind === 'voice');
  const images = attachments.filter((a) => a.kind !== 'voice' && isImageType(a.content_type));
  const files = attachments.filter((a) => a.kind !== 'voice' && !isImageType(a.content_type));
  return (
    <div className="message-attachments">
      {voice.map((a) => (
        <VoiceAttachment key={a.id} attachment={a} />
      ))}
      <ImageAttachments images={images} />
      {files.map((a) => (
        <FileAttachment key={a.id} attachment={a} />
      ))}
    </div>
  );
}
