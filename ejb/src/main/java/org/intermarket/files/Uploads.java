package org.intermarket.files;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.Set;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;

/** Records an upload in the caller's transaction: bytes to the file store, metadata to the database. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Uploads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore store;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    public StoredFile accept(InputStream content, String originalName, Set<FileType> allowed, Long ownerOrganisationId,
                             String uploadedBy) {
        long limit = settings.current().count(SettingKey.MAX_UPLOAD_BYTES);
        FileStore.Blob blob = store.write(content, limit, allowed);
        String name = safeName(originalName, blob.type());
        StoredFile file = new StoredFile(blob.sha256(), blob.type().mediaTypeFor(name), blob.size(), name,
                ownerOrganisationId, uploadedBy, clock.instant());
        em.persist(file);
        return file;
    }

    /** A name fit for a Content-Disposition header: no path, no control characters, bounded length. */
    static String safeName(String name, FileType type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = "file." + type.name().toLowerCase(java.util.Locale.ROOT);
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
