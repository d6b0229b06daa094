// The speed floor: the smallest React page with one labelled, controlled input. Every figure the
// bench reports for the workbench is divided by this page's figure, measured in the same run.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function FloorPage() {
  const [value, setValue] = useState('');
  return (
    <main>
      <label htmlFor="floor-input">Text</label>
      <input id="floor-input" value={value} onChange={(event) => setValue(event.target.value)} />
      <p data-bench="echo">{value.length}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <FloorPage />
    </StrictMode>,
  );
