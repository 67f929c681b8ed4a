import { WipeRegistry } from './WipeRegistry'

/**
 * The page's one registry of session wipers. Whatever keeps visitor state beyond a React tree
 * (the ranker store, the mood model, a shared device client) registers here, and the kiosk runs
 * them all when a session ends:
 *
 *   const unregister = sessionWipers.register('ranker', () => wipeRankerState(ranker))
 */
export const sessionWipers = new WipeRegistry()
