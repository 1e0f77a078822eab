import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';

type LoginBrandPanelProps = {
  product: string;
  tagline: string;
  features: { icon: ReactNode; title: string; text: string }[];
  footer: string;
};

/** The left half of the login page: product name, promise and three highlights. */
export function LoginBrandPanel({ product, tagline, features, footer }: LoginBrandPanelProps) {
  return (
    <aside className="login-brand">
      <div className="login-brand__logo">
        <BrandMark size={36} />
        <span>Salient</span>
      </div>
      <div className="login-brand__body">
        <h1 className="login-brand__product" data-testid="brand-product">
          {product}
        </h1>
        <p className="login-brand__tagline">{tagline}</p>
        <ul className="login-brand__features">
          {features.map((f) => (
            <li key={f.title}>
              <span className="login-brand__icon">{f.icon}</span>
              <span>
                <strong>{f.title}</strong>
                <span>{f.text}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <svg className="login-brand__chart" viewBox="0 0 600 200" preserveAspectRatio="none" aria-hidden="true">
        <path
          d="M0 150 C60 140 90 120 150 125 S250 95 300 100 S400 70 450 60 S540 40 600 30 L600 80 C540 90 500 105 450 110 S350 135 300 140 S200 160 150 165 S60 180 0 185 Z"
          fill="rgba(88,166,255,0.16)"
        />
        <path
          d="M0 168 C60 160 90 142 150 145 S250 118 300 120 S400 92 450 85 S540 62 600 55"
          fill="none"
          stroke="#58a6ff"
          strokeWidth="2.5"
        />
        <path
          d="M0 175 C70 165 100 150 150 152 S240 125 300 133 S390 100 450 98"
          fill="none"
          stroke="rgba(255,255,255,0.55)"
          strokeWidth="1.5"
          strokeDasharray="5 6"
        />
      </svg>
      <div className="login-brand__footer">{footer}</div>
    </aside>
  );
}
