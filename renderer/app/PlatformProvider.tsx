// Hands the Platform (desktop or web) to every screen through context, instead of a prop threaded through
// the shell and each section.
import { createContext, type ReactNode, useContext } from 'react';
import type { Platform } from '../platform/Platform';

const PlatformContext = createContext<Platform | null>(null);

export function PlatformProvider({ platform, children }: { platform: Platform; children: ReactNode }) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform needs a <PlatformProvider> above it');
  return platform;
}
