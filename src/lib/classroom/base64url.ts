/** Bytes as base64url (RFC 4648 §5, no padding): safe in a URL fragment and in a message. */
export function to_base64url(bytes: Uint8Array) {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on characters outside base64url (atob refuses them); callers catch. */
export function from_base64url(text: string) {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
