// Checks the market's audit log in the browser, from what the public API serves and nothing else (RFC 9162 §2):
// the latest tree head's Ed25519 signature against the published key, that an entry is in the tree (inclusion
// proof), that an earlier tree is a prefix of the latest one (consistency proof), and, for a bid's receipt, that
// the entry it names is in the tree and records the receipt's sealed offer.
(function () {
    const page = document.getElementById("transparency");
    const api = page.dataset.api;
    const text = page.dataset;

    const hexToBytes = h => new Uint8Array(h.match(/../g).map(b => parseInt(b, 16)));
    const toHex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    const fromBase64 = b => Uint8Array.from(atob(b), c => c.charCodeAt(0));
    const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

    async function sha256(...parts) {
        const length = parts.reduce((n, p) => n + p.length, 0);
        const joined = new Uint8Array(length);
        let at = 0;
        for (const p of parts) { joined.set(p, at); at += p.length; }
        return new Uint8Array(await crypto.subtle.digest("SHA-256", joined));
    }
    const leafHash = bytes => sha256(Uint8Array.of(0), bytes);
    const nodeHash = (left, right) => sha256(Uint8Array.of(1), left, right);

    // RFC 9162 §2.1.3.2
    async function verifyInclusion(index, size, leaf, path, root) {
        if (index >= size) return false;
        let fn = BigInt(index), sn = BigInt(size) - 1n, r = leaf;
        for (const p of path) {
            if (sn === 0n) return false;
            if ((fn & 1n) === 1n || fn === sn) {
                r = await nodeHash(p, r);
                while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
            } else {
                r = await nodeHash(r, p);
            }
            fn >>= 1n; sn >>= 1n;
        }
        return sn === 0n && same(r, root);
    }

    // RFC 9162 §2.1.4.2
    async function verifyConsistency(first, second, proof, firstRoot, secondRoot) {
        if (first === second) return proof.length === 0 && same(firstRoot, secondRoot);
        const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : proof.slice();
        if (path.length === 0) return false;
        let fn = BigInt(first) - 1n, sn = BigInt(second) - 1n;
        while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
        let fr = path[0], sr = path[0];
        for (const c of path.slice(1)) {
            if (sn === 0n) return false;
            if ((fn & 1n) === 1n || fn === sn) {
                fr = await nodeHash(c, fr);
                sr = await nodeHash(c, sr);
                while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
            } else {
                sr = await nodeHash(sr, c);
            }
            fn >>= 1n; sn >>= 1n;
        }
        return same(fr, firstRoot) && same(sr, secondRoot) && sn === 0n;
    }

    // An entry joins the tree about a second after it was written: the server says so (429, 409), and the page asks again.
    async function json(path, tries = 5) {
        const response = await fetch(api + path, {credentials: "same-origin", headers: {"Accept": "application/json"}});
        const body = await response.json();
        if ((response.status === 429 || response.status === 409) && tries > 1) {
            await new Promise(resolve => setTimeout(resolve, 1000));
            return json(path, tries - 1);
        }
        if (!response.ok) throw new Error(body.detail || response.status);
        return body;
    }

    // What a tree head's signature covers, built here from the fields the proofs then use (README, TreeHead.signedText):
    // the server's own signedText is never trusted, or a server could sign one tree and have the page check another.
    // null when a field could not have been signed (a size or time that is no whole number, a root that is no hash).
    function signedText(head) {
        const whole = n => Number.isSafeInteger(n) && n >= 0;
        if (!whole(head.treeSize) || !whole(head.timestampMillis) || !/^[0-9a-f]{64}$/.test(head.rootHash)) return null;
        return ["intermarket tree head v1", head.treeSize, head.timestampMillis, head.rootHash].join("\n");
    }

    let key;
    async function verifyHead(head) {
        const text = signedText(head);
        if (text === null) return false;
        key = key || await json("/log/key").then(k => crypto.subtle.importKey("spki", fromBase64(k.publicKeyInfo), {name: "Ed25519"}, false, ["verify"]));
        return crypto.subtle.verify({name: "Ed25519"}, key, fromBase64(head.signature), new TextEncoder().encode(text));
    }

    function show(id, ok, detail) {
        const out = document.getElementById(id);
        out.textContent = (ok ? text.ok : text.bad) + (detail ? " " + detail : "");
        out.className = "im-check " + (ok ? "im-check-ok" : "im-check-bad");
    }

    async function checkHead() {
        const head = await json("/log/heads/latest");
        show("head-check", await verifyHead(head), text.signed);
        return head;
    }

    async function checkInclusion(index) {
        const proof = await json("/log/proofs/inclusion?index=" + index);
        const ok = proof.leafIndex === Number(index) && proof.treeSize === proof.treeHead.treeSize && await verifyHead(proof.treeHead)
            && await verifyInclusion(proof.leafIndex, proof.treeHead.treeSize, hexToBytes(proof.leafHash), proof.auditPath.map(hexToBytes),
                hexToBytes(proof.treeHead.rootHash));
        show("inclusion-check", ok, text.included.replace("{0}", index).replace("{1}", proof.treeSize) + " (" + proof.auditPath.length + ")");
    }

    async function checkConsistency(first) {
        const earlier = await json("/log/heads/" + first);
        const latest = await json("/log/heads/latest");
        const proof = await json("/log/proofs/consistency?first=" + first + "&second=" + latest.treeSize);
        const ok = earlier.treeSize === first && proof.first === first && proof.second === latest.treeSize
            && await verifyHead(earlier) && await verifyHead(latest) && await verifyConsistency(first, latest.treeSize,
            proof.proof.map(hexToBytes), hexToBytes(earlier.rootHash), hexToBytes(latest.rootHash));
        show("consistency-check", ok, text.consistent.replace("{0}", first).replace("{1}", latest.treeSize));
    }

    async function checkReceipt(receipt, offer) {
        const proof = await json("/log/proofs/receipt/" + receipt);
        const leaf = await leafHash(new TextEncoder().encode(proof.entry.leafInput));
        // The detail shown is the one the leaf hashes (by its digest, the leaf input's last line), of the entry the receipt names (its first);
        // it is stored as named facts (JSON), the offer's hash among them.
        const lines = proof.entry.leafInput.split("\n");
        const recorded = lines[0] === String(receipt) && lines[lines.length - 1] === toHex(await sha256(new TextEncoder().encode(proof.entry.detail)))
            && JSON.parse(proof.entry.detail).offerSha256 === offer;
        const ok = recorded && same(leaf, hexToBytes(proof.leafHash)) && proof.treeSize === proof.treeHead.treeSize && await verifyHead(proof.treeHead)
            && await verifyInclusion(proof.leafIndex, proof.treeHead.treeSize, leaf, proof.auditPath.map(hexToBytes), hexToBytes(proof.treeHead.rootHash));
        document.getElementById("receipt-entry").textContent = proof.entry.leafInput + "\n\n" + proof.entry.detail;
        show("receipt-check", ok, text.included.replace("{0}", proof.leafIndex).replace("{1}", proof.treeSize));
    }

    function run(task, out) {
        task().catch(e => show(out, false, e.message));
    }

    if (!window.crypto || !crypto.subtle) {
        show("head-check", false, text.insecure);
        return;
    }
    run(checkHead, "head-check");
    document.getElementById("inclusion-run").addEventListener("click",
        () => run(() => checkInclusion(document.getElementById("inclusion-index").value.trim()), "inclusion-check"));
    document.getElementById("consistency-run").addEventListener("click",
        () => run(() => checkConsistency(Number(document.getElementById("consistency-first").value.trim())), "consistency-check"));
    const receipt = document.getElementById("receipt");
    if (receipt) {
        run(() => checkReceipt(receipt.dataset.receipt, receipt.dataset.offer), "receipt-check");
    }
})();
