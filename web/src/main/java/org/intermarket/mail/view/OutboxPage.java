package org.intermarket.mail.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.intermarket.mail.MailAdministration;
import org.intermarket.mail.OutboxMessage;
import org.intermarket.mail.OutboxState;
import org.intermarket.shared.view.PagedModel;
import org.primefaces.model.LazyDataModel;

/**
 * admin/outbox.xhtml: every mail of the outbox, newest first, with its state, attempts and last error; without an
 * SMTP server (the demo) the mails are kept and read here.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailAdministration administration;

    private OutboxState state;
    private boolean failing;
    private LazyDataModel<OutboxMessage> mails;

    @PostConstruct
    void init() {
        mails = PagedModel.of(request -> administration.outbox(state, failing, request), OutboxMessage::id);
    }

    public LazyDataModel<OutboxMessage> getMails() {
        return mails;
    }

    public boolean isSending() {
        return administration.sending();
    }

    public Map<OutboxState, Long> getCounts() {
        return administration.counts();
    }

    public List<OutboxState> getStates() {
        return List.of(OutboxState.values());
    }

    public OutboxState getState() {
        return state;
    }

    public void setState(OutboxState state) {
        this.state = state;
    }

    public boolean isFailing() {
        return failing;
    }

    public void setFailing(boolean failing) {
        this.failing = failing;
    }
}
