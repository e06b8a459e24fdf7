import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_EXAMPLE_ID } from '../core/examples/index.ts';
import { App } from './App.tsx';
import { browserLibrary } from './session/library.ts';
import './theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs #root');

createRoot(root).render(
  <StrictMode>
    <App library={browserLibrary()} defaultTemplate={DEFAULT_EXAMPLE_ID} />
  </StrictMode>,
);
