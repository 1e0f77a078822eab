/** An attachment as the server lists it on a message (docs/api.md, "Messaging"). */
export type MessageAttachment = {
  id: string;
  kind: 'file' | 'voice' | string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  /** Voice notes only. */
  duration_ms: number | null;
  url: string;
};

export type Message = {
  id: string;
  thread_id: string;
  /** Null for messages the system (a rule) posted. */
  author_id: string | null;
  author_name: string;
  body: string;
  /** Ids of the people the `@username`s in the body told. */
  mentions: string[];
  attachments: MessageAttachment[];
  created_at: string;
};

/** A record's thread (customer, quote, order) or the direct thread of two people. */
export type Thread = {
  id: string;
  kind: 'record' | 'direct' | string;
  object: string | null;
  object_id: string | null;
  label: string;
  /** Direct threads: the other person. */
  peer_id?: string | null;
};

/** `GET /messages`: the newest page (or the page before `before`), oldest first. */
export type ThreadPage = {
  /** Null while nobody has written yet. */
  thread: Thread | null;
  messages: Message[];
  has_more: boolean;
};

export type InboxItem = Thread & { unread: number; last_message_at: string };

export type Inbox = { items: InboxItem[]; unread: number };

/** One attachment of a new message. */
export type NewAttachment = {
  kind: 'file' | 'voice';
  file_name: string;
  content_type: string;
  data_base64: string;
  duration_ms?: number;
};
