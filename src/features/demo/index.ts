// The demo's controls, shown in the header's menu while the mock API serves the console: the "Demo panel"
// button, whose panel (a modal dialog, loaded on demand) shows and changes every switch of the mock API.
export { DemoMenuEntry } from './components/demo-menu-entry';
