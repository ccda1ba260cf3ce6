package org.haven.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Opens a Word document, or says plainly why it cannot: not Word, password-protected, old format, macros, damaged, too big. */
final class WordFile {
    /** Far beyond a long policy document with pictures; a bigger file is more likely a mistake than a page. */
    static final long LARGEST = 100L * 1024 * 1024;

    private static final long LARGEST_PART = 64L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String MACRO_ENABLED = "application/vnd.ms-word.document.macroEnabled.main+xml";

    static {
        // POI logs through Log4j, which Haven does not ship; without this it warns on every run that it has no logger.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        // A long document's numbering and text compress more than 100 to 1, POI's default limit for a
        // zip bomb; real bombs compress far more than 1,000 to 1. A part past 64 MB (the text of a
        // 100-page document is under 1 MB) would not fit in the memory Haven runs with once read.
        ZipSecureFile.setMinInflateRatio(0.001);
        ZipSecureFile.setMaxEntrySize(LARGEST_PART);
    }

    private WordFile() {}

    static XWPFDocument open(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file))
            throw new WordImportException(file + " does not exist. Give the path of a .docx file.");
        byte[] start = firstBytes(file);
        try {
            if (Files.size(file) > LARGEST) {
                throw new WordImportException(name + " is larger than " + LARGEST / 1024 / 1024
                        + " MB. Split it into smaller documents, or make its pictures smaller, and import each.");
            }
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (Arrays.equals(start, OLE2)) {
            throw new WordImportException(
                    name + " is password-protected, or is an old Word 97-2003 (.doc) file. "
                            + "Remove the password (File > Info > Protect Document) or save it as Word Document (.docx), then import that.");
        }
        if (!Arrays.equals(start, ZIP)) {
            throw new WordImportException(
                    name
                            + " is not a Word document (.docx). In Word, choose File > Save As > Word Document (.docx), then import that.");
        }
        try {
            OPCPackage opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (opened.getPartsByContentType(MACRO_ENABLED).size() > 0
                    || name.toLowerCase().endsWith(".docm")) {
                opened.revert();
                throw new WordImportException(name + " is a macro-enabled document (.docm); Haven does not open those. "
                        + "Save a copy as Word Document (.docx), which leaves the macros out, and import that.");
            }
            return new XWPFDocument(opened);
        } catch (WordImportException e) {
            throw e;
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new WordImportException(
                        name + " unpacks to more than Haven reads (a part over " + LARGEST_PART / 1024 / 1024
                                + " MB, or squeezed more than 1,000 to 1 as a 'zip bomb' is), so Haven did not open it. "
                                + "Split a very long document into several and import each; or open it in Word and save it again as .docx.");
            }
            throw damaged(name, e);
        } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw damaged(name, e);
        }
    }

    private static WordImportException damaged(String name, Exception e) {
        return new WordImportException(name + " could not be read as a Word document: it is damaged or not complete ("
                + e.getClass().getSimpleName() + "). Open it in Word, save it again as .docx, and import that copy.");
    }

    private static byte[] firstBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw unreadable(file.getFileName().toString(), e);
        }
    }

    private static WordImportException unreadable(String name, IOException e) {
        return new WordImportException(
                name + " could not be read (" + e.getMessage() + "). Check the file is there and you may read it.");
    }
}
