// The links the relay hands out: an invite to join a space, and the one-time link that lets the first owner
// create a space. Both point at the web build's hash routes, so the same page serves them.

const base = (publicUrl: string): string => publicUrl.replace(/\/+$/, '');

export const joinLink = (publicUrl: string, space: string, code: string): string =>
  `${base(publicUrl)}/#/join?space=${encodeURIComponent(space)}&invite=${encodeURIComponent(code)}`;

export const setupLink = (publicUrl: string, code: string): string =>
  `${base(publicUrl)}/#/setup?code=${encodeURIComponent(code)}`;
