import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_EXAMPLE_ID, findExample } from '../core/examples/index.ts';
import { App } from './App.tsx';
import './theme.css';

const root = document.getElementById('root');
const defaultExample = findExample(DEFAULT_EXAMPLE_ID);
if (!root || !defaultExample) throw new Error('index.html needs #root and the default example');

createRoot(root).render(
  <StrictMode>
    <App defaultExample={defaultExample} />
  </StrictMode>,
);
