# The same 120 small well-formed documents through every reader and writer: ElementTree
# (tostring with the xml, html and text methods, indent, short_empty_elements=False,
# iterparse events), minidom (toxml, toprettyxml) and SAX into XMLGenerator. Text,
# references, CDATA, comments, PIs, namespaces and line ends mixed.
import io
import xml.sax
import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.sax import saxutils

DOCS = [
    '<r> <![CDATA[z<]]>é\'<!--c--><d xmlns=\'urn:d\'><e/></d>&lt;<?p d?>"<?p d?></r>',
    "<r><d xmlns='urn:d'><e/></d>'</r>",
    '<r>/"é<f a=\'\t\'/><?p d?></r>',
    '<r><?p d?></r>',
    "<r><!--c-->'&#65;</r>",
    '<r>"&lt;<c/><p:q xmlns:p=\'urn:p\' p:k=\'v\'>]>=/é</p:q></r>',
    '<r><?p d?></r>',
    '<r>&lt;=</r>',
    '<r>"</r>',
    "<r>&#65;<d xmlns='urn:d'><e/></d>\n</r>",
    "<r>'<d xmlns='urn:d'><e/></d>>&lt;/\n=\t\t</r>",
    "<r>\t\n<f a='\t'/>&#x42;</r>",
    '<r> ><![CDATA[z<]]>&#65;</r>',
    "<r> <![CDATA[z<]]>=&quot;=<f a='\t'/></r>",
    '<r><![CDATA[z<]]></r>',
    '<r>\t/<b x=\'1\' y="&lt;2&#10;"><f a=\'\t\'/>é</b></r>',
    '<r>"&quot;<?p d?></r>',
    "<r>=<f a='\t'/>=</r>",
    '<r><!--c-->] </r>',
    '<r>\n<d xmlns=\'urn:d\'><e/></d>"&lt;\r\n\'<!--c--><f a=\'\t\'/><c/></r>',
    '<r>&quot;<?p d?>é"<f a=\'\t\'/>&quot;</r>',
    "<r><!--c--><f a='\t'/>&quot;><c/>'<c/>>></r>",
    '<r>]</r>',
    "<r>é>>'<![CDATA[z<]]>\t</r>",
    "<r>&quot;'</r>",
    '<r>\n</r>',
    "<r><f a='\t'/><?p d?><c/><!--c--></r>",
    '<r>&#x42;<?p d?></r>',
    '<r><c/>\r\n&quot;<c/><?p d?>\n</r>',
    '<r>&#x42;&quot;</r>',
    '<r>&#x42;</r>',
    '<r>>=&amp;><b x=\'1\' y="&lt;2&#10;"></b></r>',
    "<r><f a='\t'/><!--c-->]</r>",
    '<r>&#x42;<c/>\'>"</r>',
    '<r>&amp;/&amp;></r>',
    '<r>&amp;<?p d?>>é</r>',
    '<r>\r\n&#65;\t</r>',
    '<r>\r\n</r>',
    "<r>é<![CDATA[z<]]>'<f a='\t'/>&quot;&#x42;></r>",
    "<r><a>\r\n&#65;&lt;'&lt;\n</a></r>",
    '<r>&#x42;</r>',
    '<r>&amp;</r>',
    '<r>/</r>',
    '<r><![CDATA[z<]]></r>',
    "<r>&quot;'</r>",
    "<r>\r\n&#65;<c/>=<f a='\t'/>/>\r\n&quot;</r>",
    '<r><![CDATA[z<]]>&quot;&quot;<![CDATA[z<]]></r>',
    '<r>/<c/>\n\r\n<!--c--></r>',
    "<r><?p d?>=<d xmlns='urn:d'><e/></d><c/>/]&amp;</r>",
    "<r>/\n&amp;<![CDATA[z<]]>'é&#x42;</r>",
    '<r>text/</r>',
    "<r>'\n<?p d?>&lt;<d xmlns='urn:d'><e/></d><?p d?><!--c--><c/></r>",
    '<r>é>></r>',
    "<r>&#x42;/<?p d?><!--c-->&amp;]<f a='\t'/></r>",
    '<r><c/></r>',
    '<r><!--c--></r>',
    '<r>>" &#x42;\r\n</r>',
    "<r>&amp;<?p d?>\r\n&lt;/<f a='\t'/>&quot;\n<![CDATA[z<]]></r>",
    '<r> </r>',
    '<r> </r>',
    '<r>=</r>',
    '<r>text</r>',
    '<r>text&lt;</r>',
    "<r>'<d xmlns='urn:d'><e/></d></r>",
    "<r>&#x42;&#65;<d xmlns='urn:d'><e/></d><f a='\t'/></r>",
    '<r>&#x42;</r>',
    '<r><?p d?></r>',
    "<r>\t\r\n<!--c--><f a='\t'/><![CDATA[z<]]><c/><![CDATA[z<]]></r>",
    '<r>&lt;]&lt;<?p d?></r>',
    '<r>=<b x=\'1\' y="&lt;2&#10;"> </b><!--c--></r>',
    "<r><d xmlns='urn:d'><e/></d><f a='\t'/></r>",
    '<r>&amp;\r\n"\r\n&#65;</r>',
    '<r>\n\n<c/></r>',
    '<r>\r\n\n>>\n/\t</r>',
    '<r>/<?p d?></r>',
    '<r><![CDATA[z<]]></r>',
    "<r><f a='\t'/></r>",
    '<r><!--c-->é&#65;text=&amp;</r>',
    '<r>\'<![CDATA[z<]]><b x=\'1\' y="&lt;2&#10;"><!--c--></b>\t&#x42;é</r>',
    '<r><!--c--></r>',
    '<r>&#x42;"</r>',
    "<r><?p d?><d xmlns='urn:d'><e/></d>text<c/><a></a></r>",
    '<r>text<c/>&#65;&amp;text>text<b x=\'1\' y="&lt;2&#10;"></b></r>',
    "<r><![CDATA[z<]]><d xmlns='urn:d'><e/></d>\t\t\t &amp;</r>",
    '<r>é</r>',
    '<r>/<!--c-->&amp;"\n</r>',
    '<r>&#x42;é&#65;<?p d?>><?p d?>text</r>',
    "<r><![CDATA[z<]]><?p d?>\n<?p d?><d xmlns='urn:d'><e/></d>=<d xmlns='urn:d'><e/></d><f a='\t'/><?p d?><f a='\t'/></r>",
    '<r>\t<![CDATA[z<]]>&#x42;</r>',
    '<r>]</r>',
    '<r> <c/></r>',
    "<r><f a='\t'/>&#65;</r>",
    "<r><d xmlns='urn:d'><e/></d>\r\ntext&lt;&quot;=\r\n&quot;<f a='\t'/><?p d?></r>",
    '<r>\r\n><![CDATA[z<]]></r>',
    '<r>"\r\n=></r>',
    '<r>&#x42;text/</r>',
    '<r>é&lt;&quot;&#x42;text</r>',
    "<r>\r\n'</r>",
    "<r>&#65;&lt;<d xmlns='urn:d'><e/></d></r>",
    '<r><?p d?>\n</r>',
    "<r><f a='\t'/>>\r\n&amp;/</r>",
    '<r>\'\n<!--c-->"&amp;"</r>',
    '<r> &#65;=</r>',
    '<r>]é\t</r>',
    '<r>&#x42;\t\r\n<a></a></r>',
    "<r>'é <c/><!--c--> >=/></r>",
    '<r>&quot;</r>',
    '<r>\r\n</r>',
    '<r>é<!--c-->é\t>\r\n&amp;/&quot;</r>',
    '<r>\r\n&quot;\n</r>',
    '<r>"&quot;&amp;\t</r>',
    '<r><c/></r>',
    '<r>]"</r>',
    "<r> <f a='\t'/><f a='\t'/>'&quot;é</r>",
    '<r>&quot;]</r>',
    "<r><f a='\t'/><d xmlns='urn:d'><e/></d></r>",
    '<r>&amp;&lt;&lt;<!--c--></r>',
    '<r><a>&#65;\r\n&amp;</a></r>',
    "<r>&lt;<d xmlns='urn:d'><e/></d>=><![CDATA[z<]]>]</r>",
    '<r><!--c--></r>',
]


def name_of(obj):
    if isinstance(obj, tuple):
        return obj
    return obj.tag if isinstance(obj.tag, str) else obj.tag.__name__


for doc in DOCS:
    print(repr(doc))
    root = ET.fromstring(doc)
    print(" ", ET.tostring(root), ET.tostring(root, encoding="unicode", method="html"),
          ET.tostring(root, method="text"))
    ET.indent(root)
    print(" ", ET.tostring(root, encoding="unicode", short_empty_elements=False))
    events = ET.iterparse(io.StringIO(doc), events=("start", "end", "start-ns", "comment", "pi"))
    print(" ", [(event, name_of(obj)) for event, obj in events])
    dom = minidom.parseString(doc)
    print(" ", dom.toxml(), repr(dom.toprettyxml(indent=" ")))
    out = io.StringIO()
    xml.sax.parseString(doc, saxutils.XMLGenerator(out))
    print(" ", out.getvalue())
