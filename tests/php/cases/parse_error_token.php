<?php
echo "before";
$x = ;
