package org.intermarket.audit.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.intermarket.audit.TransparencyLog;
import org.intermarket.audit.TreeHead;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.PageRequest;

/**
 * transparency.xhtml: the latest signed tree head and the recent ones, for anyone; the checks themselves run in the
 * browser (transparency.js) on what the API serves, so that the page proves nothing the visitor has to take on trust.
 * A receipt named in the address ({@code ?receipt=&offer=}) is checked for the agency that holds it.
 */
@Named
@RequestScoped
public class TransparencyPage {

    private static final int RECENT = 10;

    @Inject
    private TransparencyLog log;

    @Inject
    private HttpServletRequest request;

    private TreeHead latest;
    private List<TreeHead> recent;
    private boolean latestRead;

    /** The latest head, or null while the log has none yet. */
    public TreeHead getLatest() {
        if (!latestRead) {
            try {
                latest = log.latestHead();
            } catch (NotFoundException none) {
                latest = null;
            }
            latestRead = true;
        }
        return latest;
    }

    public List<TreeHead> getRecent() {
        if (recent == null) {
            recent = log.heads(new PageRequest(0, RECENT)).items();
        }
        return recent;
    }

    /** The size of the oldest head on the page: where the consistency check starts, a tree the log really signed. */
    public long getEarliestRecentSize() {
        List<TreeHead> heads = getRecent();
        return heads.isEmpty() ? 1 : heads.get(heads.size() - 1).treeSize();
    }

    public String getKeyId() {
        return log.keyId();
    }

    /** The receipt number to check, when the address names a well-formed one. */
    public String getReceipt() {
        String receipt = request.getParameter("receipt");
        return receipt != null && receipt.matches("\\d{1,18}") ? receipt : null;
    }

    /** The sealed offer's SHA-256 the receipt says, when the address names a well-formed one. */
    public String getOffer() {
        String offer = request.getParameter("offer");
        return offer != null && offer.matches("[0-9a-f]{64}") ? offer : "";
    }
}
