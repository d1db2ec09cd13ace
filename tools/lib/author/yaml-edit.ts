/**
 * Write a value into a YAML Document changing only what differs: a scalar that is equal stays as it
 * was written (quotes, comments), a map keeps its key order and the comments of its keys, a list
 * of scalars stays in flow style (`[a, b]`). New keys go after the existing ones.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type YAMLSeq } from 'yaml';

type Path = (string | number)[];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalarValue = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A node for a new value: lists of scalars and small maps of scalars in flow style, as the content is written. */
function createNode(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  const flowSmall = (n: unknown) => {
    if (isSeq(n)) {
      if (n.items.every((i) => isScalar(i))) n.flow = true;
      else
        n.items.forEach((i) => {
          flowSmall(i);
        });
    } else if (isMap(n)) {
      const scalars = n.items.every((pair) => isScalar(pair.value));
      const short = JSON.stringify(n.toJSON()).length <= 80;
      if (scalars && short && n.items.length <= 3) n.flow = true;
      else
        n.items.forEach((pair) => {
          flowSmall(pair.value);
        });
    }
  };
  flowSmall(node);
  return node;
}

export function applyValue(doc: Document, path: Path, value: unknown): void {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  // An alias (`*bandung-twins`) stays while it still stands for the same value.
  if (isAlias(node) && JSON.stringify(node.resolve(doc)?.toJSON()) === JSON.stringify(value)) return;
  if (isPlainObject(value)) {
    if (!isMap(node)) {
      if (path.length === 0) doc.contents = createNode(doc, value);
      else doc.setIn(path, createNode(doc, value));
      return;
    }
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in value) || value[key] === undefined) node.delete(key);
    }
    for (const [key, v] of Object.entries(value)) if (v !== undefined) applyValue(doc, [...path, key], v);
    return;
  }
  if (Array.isArray(value)) {
    if (isSeq(node) && !value.every(isScalarValue)) {
      const seq: YAMLSeq = node;
      // Records are written one per block, not in an empty list's `[]`.
      seq.flow = false;
      value.forEach((v, i) => {
        if (i < seq.items.length) applyValue(doc, [...path, i], v);
        else seq.add(createNode(doc, v));
      });
      seq.items.splice(value.length);
      return;
    }
    if (isSeq(node) && JSON.stringify(node.toJSON()) === JSON.stringify(value)) return;
    const fresh = createNode(doc, value);
    if (isSeq(node) && isSeq(fresh)) {
      fresh.flow = Boolean(node.flow) || Boolean(fresh.flow);
      if (node.comment) fresh.comment = node.comment;
    }
    doc.setIn(path, fresh);
    return;
  }
  if (isScalar(node) && node.value === value) return;
  if (isScalar(node)) {
    node.value = value;
    // A value now written differently keeps no stale quoting style.
    delete node.type;
    return;
  }
  doc.setIn(path, value);
}

/** Update the entry of the list at `path` whose id is `item.id`, or add it at the end. */
export function upsertById(doc: Document, path: Path, item: Record<string, unknown>): void {
  const list = doc.getIn(path, true);
  if (!isSeq(list)) throw new Error(`no list at ${path.join('.')}`);
  const index = list.items.findIndex((n) => isMap(n) && n.get('id') === item['id']);
  if (index < 0) list.add(createNode(doc, item));
  else applyValue(doc, [...path, index], item);
}
