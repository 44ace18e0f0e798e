// Vaadin starts Vite from the module folder; the npm project (package.json, node_modules,
// vite.config.ts) lives at the repository root beside frontend/, so hand over to it.
export { default } from '../vite.config';
