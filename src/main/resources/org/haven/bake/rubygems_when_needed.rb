# Haven starts JRuby without RubyGems, naming the bundled gems' folders instead (it starts a
# third faster). A few libraries (Rouge, through Psych) still reach for Gem: load it then.
Object.autoload :Gem, 'rubygems'
