/** The server's password policy, checked early: a letter plus a digit or symbol. */
export const PASSWORD_MIX = /^(?=.*[A-Za-z])(?=.*[^A-Za-z]).*$/;
