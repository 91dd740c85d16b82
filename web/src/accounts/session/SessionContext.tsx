import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from "react";
import { onCsrfRenewal } from "../../platform/http.ts";
import { type Load, useLoad } from "../../platform/useLoad.ts";
import { type Account, getSession, logout } from "../authApi.ts";

export interface Session {
  /** The signed-in account, or null when nobody is signed in. */
  account: Account | null;
  /** Records the account an auth answer returned (or null after signing out). */
  setAccount(account: Account | null): void;
  signOut(): Promise<void>;
}

interface SessionLoad {
  load: Load<Account | null>;
  retry: () => void;
  session: Session | null;
}

const SessionContext = createContext<SessionLoad | null>(null);

/** Reads `GET /api/auth/session` once at start-up and keeps the account for every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [load, retry, replace] = useLoad("session", getSession);
  const setAccount = useCallback((account: Account | null) => replace(account), [replace]);

  useEffect(() => {
    onCsrfRenewal(async () => setAccount(await getSession()));
  }, [setAccount]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setAccount(await getSession().catch(() => null));
    }
  }, [setAccount]);

  const value = useMemo<SessionLoad>(() => {
    const session = load.status === "loaded" ? { account: load.data, setAccount, signOut } : null;
    return { load, retry, session };
  }, [load, retry, setAccount, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function useSessionLoad(): SessionLoad {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession needs a <SessionProvider> above it.");
  return value;
}

/** The session, once loaded; the App shows pages only then. */
export function useSession(): Session {
  const { session } = useSessionLoad();
  if (!session) throw new Error("The session is not loaded yet.");
  return session;
}

/** For the App shell: whether the session has loaded, and a way to try again. */
export function useSessionStatus(): { status: Load<unknown>["status"]; retry: () => void } {
  const { load, retry } = useSessionLoad();
  return { status: load.status, retry };
}

/** The session if loaded, for components (the header) shown before it is. */
export function useOptionalSession(): Session | null {
  return useSessionLoad().session;
}
