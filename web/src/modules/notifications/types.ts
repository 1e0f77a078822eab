export type Notification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  created_at: string;
};

export type NotificationList = {
  items: Notification[];
  unread: number;
  total?: number;
};

/** A kind of notification the user may mute (`locked`: always on, e.g. security notices). */
export type NotificationPreference = { kind: string; enabled: boolean; locked: boolean };
