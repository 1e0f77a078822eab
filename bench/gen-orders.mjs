#!/usr/bin/env node
// Writes N synthetic order lines in Salient's import layout to stdout, deterministic
// (fixed seed): ~2 lines per order, 5,000 customers, 2,000 products, 3 years of dates.
// Usage: node bench/gen-orders.mjs 1000000 > /tmp/orders-1m.csv
const n = Number(process.argv[2] || 1000);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const zones = ['East', 'West', 'Central', 'South'];
const segments = ['Consumer', 'Corporate', 'Home Office'];
const categories = [['Furniture', 'Chairs'], ['Office Supplies', 'Paper'], ['Technology', 'Phones']];
const out = [];
const flush = () => { process.stdout.write(out.join('')); out.length = 0; };
out.push('order_number,order_date,customer_code,customer_name,segment,zone,territory,product_code,product_name,category,sub_category,quantity,unit_price,discount_pct\n');
const start = Date.UTC(2023, 0, 1);
let order = 0;
for (let i = 0; i < n; ) {
  order++;
  const customer = Math.floor(rand() * 5000);
  const date = new Date(start + Math.floor(rand() * 1095) * 86400000).toISOString().slice(0, 10);
  const lines = 1 + Math.floor(rand() * 3);
  for (let l = 0; l < lines && i < n; l++, i++) {
    const product = Math.floor(rand() * 2000);
    const [category, sub] = categories[product % 3];
    const price = (5 + (product * 37) % 2000 + (product % 100) / 100).toFixed(2);
    out.push(`B-${order},${date},C-${customer},Customer ${customer},${segments[customer % 3]},${zones[customer % 4]},State ${customer % 40},` +
      `P-${product},Product ${product},${category},${sub},${1 + Math.floor(rand() * 9)},${price},${[0, 0, 5, 10, 20][Math.floor(rand() * 5)]}\n`);
    if (out.length >= 10000) flush();
  }
}
flush();
