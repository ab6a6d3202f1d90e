package org.intermarket.delivery.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.intermarket.delivery.ContractService;
import org.intermarket.delivery.RatingForm;
import org.intermarket.delivery.RectificationService;
import org.intermarket.files.Attachment;
import org.intermarket.shared.view.Messages;

/** The forms on contract.xhtml: confirm or decline, hand in, accept or reject, rate, answer or close a rectification. */
@Named
@ViewScoped
public class ContractActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private RectificationService rectifications;

    @Inject
    private ContractPage page;

    private String reason;
    private transient Part file;
    private Integer quality;
    private Integer timeliness;
    private Integer attitude;
    private Integer fee;
    private String comment;
    private String answer;

    public void confirm(Long id) {
        done(Messages.attempt(() -> contracts.confirm(id)), "contract.confirmed");
    }

    public void decline(Long id) {
        done(Messages.attempt(() -> contracts.decline(id, reason)), "contract.declined");
    }

    public void deliver(Long id) {
        if (file == null || file.getSize() == 0) {
            Messages.info("contract.chooseFile");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            done(Messages.attempt(() -> contracts.deliver(id, new Attachment(content, file.getSubmittedFileName()))), "contract.delivered");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public void accept(Long id) {
        done(Messages.attempt(() -> contracts.decide(id, true, reason)), "contract.accepted");
    }

    public void reject(Long id) {
        done(Messages.attempt(() -> contracts.decide(id, false, reason)), "contract.rejected");
    }

    public void rate(Long id) {
        done(Messages.attempt(() -> contracts.rate(id, new RatingForm(quality, timeliness, attitude, fee, comment))), "contract.rated");
    }

    public void answer(Long ratingId) {
        done(Messages.attempt(() -> rectifications.answer(ratingId, answer == null ? "" : answer)), "rectification.answered");
    }

    public void close(Long ratingId) {
        done(Messages.attempt(() -> rectifications.close(ratingId, reason == null ? "" : reason)), "rectification.closed");
    }

    private void done(boolean succeeded, String message) {
        if (succeeded) {
            Messages.info(message);
            reason = null;
            page.refresh();
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Integer getQuality() {
        return quality;
    }

    public void setQuality(Integer quality) {
        this.quality = quality;
    }

    public Integer getTimeliness() {
        return timeliness;
    }

    public void setTimeliness(Integer timeliness) {
        this.timeliness = timeliness;
    }

    public Integer getAttitude() {
        return attitude;
    }

    public void setAttitude(Integer attitude) {
        this.attitude = attitude;
    }

    public Integer getFee() {
        return fee;
    }

    public void setFee(Integer fee) {
        this.fee = fee;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
