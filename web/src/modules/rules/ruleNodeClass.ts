/** The class of a designer node: its kind, and whether it is selected or has problems. */
export function ruleNodeClass(kind: string, selected: boolean | undefined, invalid: boolean): string {
  return ['rule-node', `rule-node--${kind}`, selected ? 'rule-node--selected' : '', invalid ? 'rule-node--invalid' : '']
    .filter(Boolean)
    .join(' ');
}
