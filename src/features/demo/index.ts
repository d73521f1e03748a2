// The demo controls, shown in the header while the mock API serves the console.
export { DemoControls } from './components/demo-controls';
