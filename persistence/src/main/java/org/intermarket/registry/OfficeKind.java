package org.intermarket.registry;

/** What a government office does in the market. */
public enum OfficeKind {
    /** The office that runs the market of its region (政务服务管理办公室): every item, and the agencies registered there. */
    PLATFORM,
    /** An industry department (住建, 生态环境…): the needs of the catalog items it supervises, by the catalog's {@code department}. */
    DEPARTMENT
}
