import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectStudio } from './platform';
import './styles.css';
import './forcedColors.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App connect={connectStudio} />
  </StrictMode>,
);
