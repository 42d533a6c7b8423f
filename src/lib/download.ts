/** Offers `data` (text, or the bytes of a file such as a zip) to the user as a file download. */
export function download(name: string, data: string | Uint8Array, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
