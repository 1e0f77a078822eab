import { splitMentions } from './mentions';

/** A message's text: line breaks kept, `@username` mentions highlighted; everything escaped by React. */
export function MessageBody({ body }: { body: string }) {
  if (!body) return null;
  return (
    <div className="message-body">
      {splitMentions(body).map((segment, i) =>
        segment.mention ? (
          <span key={i} className="message-mention">
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </div>
  );
}
