import { request } from '../http/request';
import { parseMe } from './parseMe';
import type { LoginInput, LoginResult, Me, MePatchInput } from './types';

export const authApi = {
  login: (input: LoginInput) =>
    request<LoginResult>('/auth/login', { method: 'POST', body: input, redirectOn401: false }),
  logout: () => request<void>('/auth/logout', { method: 'POST', redirectOn401: false }),
  me: async (): Promise<Me> => parseMe(await request<Parameters<typeof parseMe>[0]>('/me')),
  patchMe: async (input: MePatchInput): Promise<Me> =>
    parseMe(await request<Parameters<typeof parseMe>[0]>('/me', { method: 'PATCH', body: input })),
  changePassword: (input: { current_password: string; new_password: string }) =>
    request<void>('/me/password', { method: 'POST', body: input, redirectOn401: false }),
};
