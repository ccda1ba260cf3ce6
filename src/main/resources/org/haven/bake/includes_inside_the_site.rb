# SAFE mode keeps an include's path inside the site folder but follows symbolic links, so a
# link could bring in any file on the computer; and a file that is not UTF-8 (and does not
# name its encoding with encoding=) makes the whole conversion fail. Both are refused here,
# where every include is resolved (nested ones too), with a message AsciidoctorMessages
# turns into an error naming the included file.
module Haven
  module IncludesInsideTheSite
    def resolve_include_path target, attrlist, attributes
      resolved = super
      return resolved unless ::Array === resolved && resolved[1] == :file
      path, _, relpath = resolved
      site = ::File.realpath @document.base_dir
      real = ::File.realpath path
      if real != site && !(real.start_with? site + ::File::SEPARATOR)
        refuse %(haven-include-outside-the-site: #{relpath} -> #{real}), target, attrlist
      elsif !attributes['encoding'] && !(::File.binread path).force_encoding(::Encoding::UTF_8).valid_encoding?
        refuse %(haven-include-not-utf-8: #{relpath}), target, attrlist
      else
        resolved
      end
    end

    private

    def refuse message, target, attrlist
      logger.error message_with_context message, source_location: cursor
      replace_next_line %(Unresolved directive in #{@path} - include::#{target}[#{attrlist}])
    end
  end
end

Asciidoctor::PreprocessorReader.prepend Haven::IncludesInsideTheSite
