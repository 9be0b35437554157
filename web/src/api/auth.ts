/** Session calls: login, logout, me, change password. */
import { api, ApiError, setCsrfToken } from './client.js';
import type { Session, User } from './types.js';

export async function fetchMe(): Promise<User | null> {
  try {
    const s = await api.get<Session>('/auth/me');
    setCsrfToken(s.csrfToken);
    return s.user;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export async function login(username: string, password: string): Promise<User> {
  const s = await api.post<Session>('/auth/login', { username, password });
  setCsrfToken(s.csrfToken);
  return s.user;
}

export async function logout(): Promise<void> {
  await api.post('/auth/logout');
  setCsrfToken(null);
}

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<{ ok: true }>('/auth/password', { currentPassword, newPassword });
