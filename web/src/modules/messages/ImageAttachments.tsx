import { Image } from 'antd';
import { attachmentUrl } from './messagesApi';
import type { MessageAttachment } from './types';

/** A message's images as thumbnails; a click opens them full size (and steps through the others). */
export function ImageAttachments({ images }: { images: MessageAttachment[] }) {
  if (images.length === 0) return null;
  return (
    <div className="message-images">
      <Image.PreviewGroup>
        {images.map((a) => (
          <Image
            key={a.id}
            src={attachmentUrl(a.id)}
            alt={a.file_name}
            title={a.file_name}
            width={120}
            height={90}
            className="message-image"
            data-testid="message-image"
          />
        ))}
      </Image.PreviewGroup>
    </div>
  );
}
