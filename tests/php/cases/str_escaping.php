<?php
echo addslashes("O'Re\"il\\ly"), "|", stripslashes('a\\\'b\\\\c'), "\n";
echo addcslashes("zoo['.']\n\x01", 'z..A'), "|", addcslashes("abc\tdef", "a..c\t"), "\n";
echo stripcslashes('\x41\102\n\q'), "|", quotemeta("a.b*c?"), "\n";
echo str_rot13("PHP 8.2"), " ", strrev("abc"), " ", nl2br("a\r\nb\nc"), "\n";
echo htmlspecialchars("<a href='x'>T&amp;C</a>", ENT_NOQUOTES), "\n";
echo htmlspecialchars("<a href='x'>T&amp;C</a>", ENT_QUOTES, 'UTF-8', false), "\n";
echo html_entity_decode("&lt;&eacute;&gt; &#8364; &#x263A; &amp;amp;"), " ", htmlspecialchars_decode("&lt;b&gt; &quot;q&quot; &#039;s&#039;", ENT_NOQUOTES), "\n";
echo strip_tags("<p>Hi <br/><b>there</b><!-- c --></p>", "<b>"), "\n";
