/** Offers `data` (text, or bytes such as a zip) to the user as a file download. */
export function download(name: string, data: string | Uint8Array, type = 'application/json') {
	// A copy into a plain ArrayBuffer: a Blob takes no view of a SharedArrayBuffer.
	const part = typeof data === 'string' ? data : new Uint8Array(data).buffer;
	const url = URL.createObjectURL(new Blob([part], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
