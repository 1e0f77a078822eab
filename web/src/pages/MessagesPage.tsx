import { MessagesWorkspace } from '../modules/messages/MessagesWorkspace';

/** `/messages` (`?thread=ID` opens a thread, as notifications link to it). */
export function MessagesPage() {
  return (
    <div className="page-container" data-testid="messages-page">
      <MessagesWorkspace />
    </div>
  );
}
