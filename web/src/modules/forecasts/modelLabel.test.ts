import { describe, expect, it } from 'vitest';
import { maseTone, modelLabel, type Translate } from './modelLabel';

const names: Record<string, string> = {
  'forecasts.models.snaive': 'Seasonal naive',
  'forecasts.models.theta': 'Theta',
  'forecasts.models.ets': 'ETS',
  'forecasts.models.tsb': 'TSB',
  'forecasts.models.boost': 'Gradient boosting (global)',
};
const t: Translate = (key, options) =>
  key === 'forecasts.models.ensemble' ? `Ensemble: ${options?.members}` : (names[key] ?? key);

describe('modelLabel', () => {
  it('names the single models', () => {
    expect(modelLabel('snaive', null, t)).toBe('Seasonal naive');
    expect(modelLabel('boost', null, t)).toBe('Gradient boosting (global)');
    expect(modelLabel('ets', null, t)).toBe('ETS');
  });

  it('shows the fitted ETS form when the server names it', () => {
    expect(modelLabel('ets', 'ETS(M,Ad,M)', t)).toBe('ETS(M,Ad,M)');
  });

  it('lists the members of an ensemble', () => {
    expect(modelLabel('ensemble(boost+theta)', null, t)).toBe('Ensemble: Gradient boosting (global) + Theta');
    expect(modelLabel('ensemble(boost+ets+theta)', 'ETS(A,N,A)', t)).toBe(
      'Ensemble: Gradient boosting (global) + ETS(A,N,A) + Theta',
    );
  });

  it('leaves out the ensemble prefix in the compact form', () => {
    expect(modelLabel('ensemble(boost+theta)', null, t, true)).toBe('Gradient boosting (global) + Theta');
    expect(modelLabel('theta', null, t, true)).toBe('Theta');
  });

  it('keeps an unknown model name as written', () => {
    expect(modelLabel('prophet', null, t)).toBe('prophet');
    expect(modelLabel('ensemble(x+theta)', null, t)).toBe('Ensemble: x + Theta');
  });
});

describe('maseTone', () => {
  it('grades against the seasonal naive forecast (1.0)', () => {
    expect(maseTone(0.62)).toBe('good');
    expect(maseTone(1)).toBe('fair');
    expect(maseTone(1.8)).toBe('poor');
    expect(maseTone(null)).toBe('none');
    expect(maseTone(Number.NaN)).toBe('none');
  });
});
