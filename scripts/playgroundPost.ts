// One of the local playground's own actions (link, move the clock, …), sent as its toolbar sends it.
export async function post(base: string, route: string, body: unknown = {}): Promise<void> {
  const res = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
}
