// Recomputes the random draw of a result notice in the browser, from the published values only:
// SHA-256(seed) must equal the commitment published before bidding, and the winner is the bid at
// index uint64(first 8 bytes of SHA-256(seed + sorted bid ids joined by commas)) mod n.
(function () {
    async function sha256(text) {
        return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
    }

    function hex(bytes) {
        return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    }

    async function verify() {
        const seed = document.getElementById("draw-seed").textContent.trim();
        const commitment = document.getElementById("draw-commitment").textContent.trim();
        const input = document.getElementById("draw-input").textContent.trim();
        const result = document.getElementById("draw-result");
        const ids = input.substring(seed.length).split(",").map(Number);
        const digest = await sha256(input);
        let value = 0n;
        for (let i = 0; i < 8; i++) {
            value = (value << 8n) | BigInt(digest[i]);
        }
        const index = Number(value % BigInt(ids.length));
        const committed = hex(await sha256(seed)) === commitment;
        const winner = ids[index];
        const ok = committed && String(winner) === result.dataset.winner && input.startsWith(seed);
        result.textContent = (ok ? result.dataset.ok : result.dataset.bad) + " " + index + " → " + winner;
        result.className = "im-draw-result " + (ok ? "im-draw-ok" : "im-draw-bad");
    }

    document.getElementById("verify-draw").addEventListener("click", verify);
})();
