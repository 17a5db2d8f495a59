# A string literal with bytes that are not UTF-8 (a comment may hold them: ÿ).
puts "aÿþb"
