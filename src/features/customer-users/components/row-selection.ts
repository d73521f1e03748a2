import { useCallback, useMemo, useRef, useState } from 'react';
import type { CustomerUser } from '@/api/customer-user-schema';

const noUsers: ReadonlyMap<string, CustomerUser> = new Map();

/**
 * The rows selected on one list (`scope`: its query), each as it was when the admin ticked it: its
 * version is what the batch sends. Another query starts with nothing selected. The callbacks never
 * change, so ticking a row re-renders only that row.
 */
export function useRowSelection(scope: string) {
  const [state, setState] = useState({ scope, users: noUsers });
  const users = state.scope === scope ? state.users : noUsers;
  const ids: ReadonlySet<string> = useMemo(() => new Set(users.keys()), [users]);
  // The callbacks read the scope from here, so they stay the same across searches: the rows on
  // screen do not re-render while the next search's rows load.
  const currentScope = useRef(scope);
  currentScope.current = scope;

  const change = useCallback(
    (rows: readonly CustomerUser[], selected: boolean) =>
      setState((previous) => {
        const scope = currentScope.current;
        const next = new Map(previous.scope === scope ? previous.users : noUsers);
        for (const user of rows) {
          if (selected) next.set(user.id, user);
          else next.delete(user.id);
        }
        return { scope, users: next };
      }),
    [],
  );
  const toggle = useCallback((user: CustomerUser, selected: boolean) => change([user], selected), [change]);
  const clear = useCallback(() => setState({ scope: currentScope.current, users: noUsers }), []);
  return { users, ids, change, toggle, clear };
}
