import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves a copy of a .docx protected by a password, as Word does with File > Info > Protect
 * Document > Encrypt with Password (LibreOffice cannot do it from the command line).
 * Run by make-documents: java -cp "target/lib/*" EncryptWithPassword.java IN.docx OUT.docx
 */
public class EncryptWithPassword {
    public static void main(String[] args) throws Exception {
        try (POIFSFileSystem encrypted = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream into = encryptor.getDataStream(encrypted)) {
                Files.copy(Path.of(args[0]), into);
            }
            try (FileOutputStream out = new FileOutputStream(args[1])) {
                encrypted.writeFilesystem(out);
            }
        }
    }
}
