// When the welcome screen stands in for a section: the person has no space yet, so every section that shows a
// space's content would be empty. Settings stay reachable (language, profile); the setup page brings its own.
import type { Route } from '../../app/routes';

export function showsWelcome(spaceCount: number, route: Route): boolean {
  return spaceCount === 0 && route.name !== 'settings' && route.name !== 'setup';
}
