/** Stands in for the Vite plugin's virtual module in jsdom tests; `renderApp` serves this path. */
export const indexPath = 'data/index.test.json';
